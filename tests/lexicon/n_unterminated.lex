[actor]
sdf | name="Syrian Democratic Forces
