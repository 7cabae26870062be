{ lib }: lib.double 21
