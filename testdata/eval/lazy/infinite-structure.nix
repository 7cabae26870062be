# An infinite lazy structure is fine as long as only a finite part is used.
let nats = n: { head = n; tail = nats (n + 1); }; in (nats 0).tail.tail.tail.head
