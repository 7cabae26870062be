# ! binds looser than ?, so this is !({ } ? a).
!{ } ? a
