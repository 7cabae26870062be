import ./_fixtures/importdir
