{
  pos =   __curPos;
}.pos
