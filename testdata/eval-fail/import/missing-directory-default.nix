import ./_lib
