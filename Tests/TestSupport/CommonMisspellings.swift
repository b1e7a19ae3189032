/// Common misspellings and the word meant: what `HunspellSuggestionTests` checks the
/// suggestion search against, and what `followup-fuzz bench-suggest` times it on.
public let commonMisspellings: KeyValuePairs<String, String> = [
    "beleive": "believe", "experiance": "experience", "recieve": "receive", "seperate": "separate",
    "definately": "definitely", "occured": "occurred", "accomodate": "accommodate", "alot": "a lot",
    "untill": "until", "tommorow": "tomorrow", "wich": "which", "teh": "the", "adress": "address",
    "begining": "beginning", "calender": "calendar", "comittee": "committee", "enviroment": "environment",
    "goverment": "government", "happend": "happened", "independant": "independent", "knowlege": "knowledge",
    "neccessary": "necessary", "occassion": "occasion", "persue": "pursue", "prefered": "preferred",
    "reccomend": "recommend", "sucess": "success", "truely": "truly", "wierd": "weird", "arguement": "argument",
]
