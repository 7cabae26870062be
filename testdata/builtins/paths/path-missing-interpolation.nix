"${./_fixtures/no-such-file}"
