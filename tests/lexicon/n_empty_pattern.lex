[trigger]
 | type=attack
