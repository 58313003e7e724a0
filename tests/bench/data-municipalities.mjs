// The 98 Danish municipalities (since 2007), by region, with their population in thousands, rounded.
// The population only weights how many citizens and projects a municipality gets in the bench data.
export const MUNICIPALITIES = [
  // Region Hovedstaden (29)
  ["København", 660], ["Frederiksberg", 105], ["Ballerup", 49], ["Brøndby", 36], ["Dragør", 15], ["Gentofte", 75],
  ["Gladsaxe", 70], ["Glostrup", 24], ["Herlev", 30], ["Albertslund", 28], ["Hvidovre", 54], ["Høje-Taastrup", 58],
  ["Lyngby-Taarbæk", 57], ["Rødovre", 41], ["Ishøj", 24], ["Tårnby", 44], ["Vallensbæk", 17], ["Furesø", 41],
  ["Allerød", 26], ["Fredensborg", 41], ["Helsingør", 64], ["Hillerød", 53], ["Hørsholm", 25], ["Rudersdal", 57],
  ["Egedal", 44], ["Frederikssund", 46], ["Gribskov", 41], ["Halsnæs", 31], ["Bornholm", 39],
  // Region Sjælland (17)
  ["Greve", 51], ["Køge", 62], ["Lejre", 28], ["Roskilde", 90], ["Solrød", 24], ["Faxe", 37], ["Guldborgsund", 60],
  ["Holbæk", 72], ["Kalundborg", 48], ["Lolland", 40], ["Næstved", 84], ["Odsherred", 33], ["Ringsted", 35],
  ["Slagelse", 80], ["Sorø", 30], ["Stevns", 23], ["Vordingborg", 45],
  // Region Syddanmark (22)
  ["Assens", 41], ["Billund", 27], ["Esbjerg", 116], ["Fanø", 4], ["Fredericia", 52], ["Faaborg-Midtfyn", 51],
  ["Haderslev", 56], ["Kerteminde", 24], ["Kolding", 94], ["Langeland", 12], ["Middelfart", 39], ["Nordfyns", 29],
  ["Nyborg", 32], ["Odense", 207], ["Svendborg", 59], ["Sønderborg", 74], ["Tønder", 37], ["Varde", 50],
  ["Vejen", 43], ["Vejle", 120], ["Ærø", 6], ["Aabenraa", 59],
  // Region Midtjylland (19)
  ["Favrskov", 49], ["Hedensted", 47], ["Herning", 90], ["Holstebro", 59], ["Horsens", 98], ["Ikast-Brande", 42],
  ["Lemvig", 19], ["Norddjurs", 37], ["Odder", 23], ["Randers", 99], ["Ringkøbing-Skjern", 56], ["Samsø", 4],
  ["Silkeborg", 99], ["Skanderborg", 64], ["Skive", 46], ["Struer", 21], ["Syddjurs", 43], ["Viborg", 98],
  ["Aarhus", 365],
  // Region Nordjylland (11)
  ["Brønderslev", 36], ["Frederikshavn", 59], ["Hjørring", 64], ["Jammerbugt", 38], ["Læsø", 2], ["Mariagerfjord", 42],
  ["Morsø", 20], ["Rebild", 30], ["Thisted", 43], ["Vesthimmerlands", 36], ["Aalborg", 222],
].map(([name, population]) => ({ name, population }));

/** The organisation's name as the municipality writes it. */
export function municipalityOrganisationName(name) {
  if (name === "København") return "Københavns Kommune";
  if (name === "Bornholm") return "Bornholms Regionskommune";
  return `${name} Kommune`;
}
