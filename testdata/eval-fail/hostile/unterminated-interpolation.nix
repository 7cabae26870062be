# The input ends inside ${ }.
"a${1 + 
