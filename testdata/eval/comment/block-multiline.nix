/*
 * spanning
 * lines
 */
[ 1 /* inside */ 2 ]
