/// What a country's people and goods are called in English ("Iranian saffron", "Burmese amber"),
/// and other names visitors use for it, so that a search for either finds the country's items.
/// The common forms for the countries that exhibit at consumer fairs; a country missing here is
/// still found by its name.
public enum Demonyms {
  public static func of(_ code: String) -> [String] { table[code] ?? [] }

  static let table: [String: [String]] = [
    "AE": ["Emirati", "UAE", "Dubai"], "AF": ["Afghan"], "AM": ["Armenian"], "AR": ["Argentine", "Argentinian"],
    "AT": ["Austrian"], "AU": ["Australian", "Aussie"], "AZ": ["Azerbaijani", "Azeri"], "BD": ["Bangladeshi"],
    "BE": ["Belgian"], "BG": ["Bulgarian"], "BR": ["Brazilian"], "BY": ["Belarusian"], "CA": ["Canadian"],
    "CH": ["Swiss"], "CL": ["Chilean"], "CN": ["Chinese"], "CO": ["Colombian"], "CU": ["Cuban"], "CZ": ["Czech"],
    "DE": ["German"], "DK": ["Danish", "Dane"], "EG": ["Egyptian"], "ES": ["Spanish", "Spaniard"],
    "ET": ["Ethiopian"], "FI": ["Finnish", "Finn"], "FR": ["French"], "GB": ["British", "UK", "English", "Scottish"],
    "GE": ["Georgian"], "GH": ["Ghanaian"], "GR": ["Greek"], "HK": ["Hongkong"], "HR": ["Croatian"],
    "HU": ["Hungarian", "Magyar"], "ID": ["Indonesian"], "IE": ["Irish"], "IL": ["Israeli"], "IN": ["Indian"],
    "IQ": ["Iraqi"], "IR": ["Iranian", "Persian"], "IT": ["Italian"], "JO": ["Jordanian"], "JP": ["Japanese"],
    "KE": ["Kenyan"], "KG": ["Kyrgyz"], "KH": ["Cambodian", "Khmer"], "KR": ["Korean", "South Korean"],
    "KZ": ["Kazakh", "Kazakhstani"], "LA": ["Lao", "Laotian"], "LB": ["Lebanese"], "LK": ["Sri Lankan", "Ceylon"],
    "MA": ["Moroccan"], "MG": ["Malagasy"], "MM": ["Burmese", "Burma", "Myanmar"], "MN": ["Mongolian"],
    "MX": ["Mexican"], "MY": ["Malaysian"], "NG": ["Nigerian"], "NL": ["Dutch", "Holland"], "NO": ["Norwegian"],
    "NP": ["Nepali", "Nepalese"], "NZ": ["New Zealand", "Kiwi"], "PE": ["Peruvian"], "PH": ["Philippine", "Filipino"],
    "PK": ["Pakistani"], "PL": ["Polish"], "PT": ["Portuguese"], "RO": ["Romanian"], "RS": ["Serbian"],
    "RU": ["Russian"], "SA": ["Saudi"], "SE": ["Swedish", "Swede"], "SG": ["Singaporean"], "SK": ["Slovak"],
    "TH": ["Thai"], "TJ": ["Tajik"], "TM": ["Turkmen"], "TN": ["Tunisian"], "TR": ["Turkish", "Turkiye"],
    "TW": ["Taiwanese"], "TZ": ["Tanzanian"], "UA": ["Ukrainian"], "UG": ["Ugandan"], "US": ["American", "USA"],
    "UY": ["Uruguayan"], "UZ": ["Uzbek"], "VE": ["Venezuelan"], "VN": ["Vietnamese"], "ZA": ["South African"],
    "ZM": ["Zambian"], "ZW": ["Zimbabwean"],
  ]
}
