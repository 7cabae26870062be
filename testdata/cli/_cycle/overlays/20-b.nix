final: prev: {
  b = final.a * 2;
}
