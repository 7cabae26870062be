/* block */ 1 /* after */
