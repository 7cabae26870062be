<fx/absent.txt>
