[actor]
%lang tr
milli savunma bakanlığı | name="Ministry of National Defence (Turkey)" country=TUR
%lang any
nato | name=NATO sector=international
