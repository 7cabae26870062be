final: prev: {
  tool = prev.hello;
  lib2 = 1;
}
