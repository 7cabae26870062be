# -> binds looser than ||: true -> (false || true).
true -> false || true
