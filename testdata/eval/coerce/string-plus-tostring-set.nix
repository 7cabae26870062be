[ ("a" + { __toString = _: "b"; }) ({ __toString = _: "c"; } + "d") ]
