[trigger]
%lang fr
attaque | type=attack
