import ./_loops/self
