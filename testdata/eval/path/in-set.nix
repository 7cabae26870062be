{ src = ./src; root = /.; }
