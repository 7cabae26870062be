[ map toString throw import ]
