map builtins.isPath [ ./a /abs "/abs" "./a" (./a + "b") ("/" + "a") ]
