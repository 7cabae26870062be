"${./_fixtures/tree}"
