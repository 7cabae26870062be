# path + path concatenates the text of both.
/a + /b
