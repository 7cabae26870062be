final: prev:
{
  a = final.b + 1;
  c = prev.c or 0;
}
