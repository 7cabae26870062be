[ (x: x) ({ a }: a) (args@{ ... }: args) ]
