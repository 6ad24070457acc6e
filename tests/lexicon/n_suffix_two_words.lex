[suffix]
%lang tr
den de | role=origin
