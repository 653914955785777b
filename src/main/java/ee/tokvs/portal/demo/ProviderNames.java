package ee.tokvs.portal.demo;

import java.util.Set;
import java.util.SplittableRandom;

/** Estonian-sounding provider names by risk profile, e.g. "Tartu Hambakliinik OÜ", "Kask Perearstikeskus OÜ". */
final class ProviderNames {
    private static final String[] PLACES = {"Tallinna", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere",
        "Kuressaare", "Haapsalu", "Jõhvi", "Valga", "Võru", "Paide", "Rapla", "Põlva", "Jõgeva", "Kärdla", "Keila",
        "Saue", "Elva", "Tapa", "Türi", "Otepää", "Sillamäe", "Maardu", "Kohtla-Järve", "Kesklinna", "Kristiine",
        "Mustamäe", "Lasnamäe", "Nõmme", "Pirita", "Kalamaja", "Kadrioru", "Annelinna", "Karlova", "Supilinna",
        "Tammelinna", "Rae", "Viimsi", "Harku", "Kiili", "Saku", "Sindi", "Kehtna", "Kilingi-Nõmme", "Mõisaküla",
        "Abja", "Antsla", "Räpina", "Kunda", "Loksa", "Kallaste", "Mustvee", "Põltsamaa", "Suure-Jaani", "Kose",
        "Jüri", "Tabasalu", "Paldiski", "Orissaare", "Lihula", "Märjamaa", "Vändra", "Tõrva", "Rõuge", "Järva",
        "Lääne", "Ida", "Põhja", "Lõuna", "Emajõe", "Toome", "Ülemiste", "Vabaduse", "Raekoja", "Kalevi"};
    private static final String[] SURNAMES = {"Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves",
        "Pärn", "Koppel", "Kuusk", "Lepik", "Oja", "Raudsepp", "Kõiv", "Vaher", "Lepp", "Järv", "Luik", "Kaasik",
        "Karu", "Kivi", "Mets", "Teder", "Põder", "Lill", "Laur", "Kallas", "Org", "Valk", "Unt", "Männik",
        "Kuusik", "Aas", "Paju", "Vares", "Nurk", "Toom", "Rand", "Kütt", "Hunt", "Jõgi", "Kangur", "Uibo",
        "Sild", "Kruus", "Ots", "Parts", "Roos", "Vill", "Soosaar", "Allik", "Tomson", "Lõhmus", "Kivistik",
        "Pihlak", "Arro", "Meri", "Liiv", "Tuisk", "Kolk", "Remmel", "Saks", "Holm", "Raud", "Orav", "Lind"};
    private static final String[] FIRST_NAMES = {"Mari", "Kadri", "Tiina", "Kristi", "Anne", "Piret", "Triin",
        "Liina", "Helen", "Katrin", "Jaan", "Peeter", "Toomas", "Andres", "Margus", "Rein", "Urmas", "Mart", "Tõnu",
        "Priit", "Ene", "Maie", "Sirje", "Ülle", "Aivar", "Siim", "Kaire", "Merike", "Eve", "Heli"};

    static String unique(String profile, SplittableRandom random, Set<String> taken) {
        for (int attempt = 0; attempt < 40; attempt++) {
            String name = name(profile, random);
            if (taken.add(name)) {
                return name;
            }
        }
        for (int n = 2; ; n++) {
            String name = name(profile, random).replaceFirst(" (OÜ|SA|AS)$", " " + n + " $1");
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String name(String profile, SplittableRandom random) {
        String place = PLACES[random.nextInt(PLACES.length)];
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String person = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + surname;
        int v = random.nextInt(4);
        return switch (profile) {
            case "LARGE_HOSPITAL" -> place + (v < 2 ? " Keskhaigla SA" : v == 2 ? " Regionaalhaigla SA" : " Kliinikum SA");
            case "GENERAL_HOSPITAL" -> place + (v < 2 ? " Haigla SA" : v == 2 ? " Üldhaigla SA" : " Maakonnahaigla SA");
            case "DENTAL_CARE" -> switch (v) {
                case 0 -> place + " Hambakliinik OÜ";
                case 1 -> surname + " Hambaravi OÜ";
                case 2 -> "Hambaarst " + person + " OÜ";
                default -> place + " Hambaravikeskus OÜ";
            };
            case "FAMILY_MEDICINE" -> switch (v) {
                case 0 -> surname + " Perearstikeskus OÜ";
                case 1 -> place + " Perearstid OÜ";
                case 2 -> "Perearst " + person + " OÜ";
                default -> place + " Tervisekeskus OÜ";
            };
            case "SPECIALIST_OUTPATIENT" -> {
                String[] kinds = {"Silmakliinik", "Nahakliinik", "Ortopeediakliinik", "Naistekliinik", "Kõrvakliinik",
                    "Eriarstikeskus", "Südamekliinik", "Meestekliinik", "Vaimse Tervise Keskus"};
                yield (v < 2 ? place : surname) + " " + kinds[random.nextInt(kinds.length)] + " OÜ";
            }
            case "NURSING_CARE" -> v < 2 ? place + " Õendusabi OÜ" : v == 2 ? place + " Hooldusravikeskus SA"
                    : "Koduõde " + person + " OÜ";
            case "EMERGENCY_MEDICAL" -> place + (v < 2 ? " Kiirabi SA" : " Kiirabi OÜ");
            case "REHABILITATION" -> v < 2 ? place + " Taastusravikeskus OÜ" : v == 2 ? surname + " Füsioteraapia OÜ"
                    : place + " Taastusravi OÜ";
            default -> {
                String[] kinds = {"Psühhoteraapia", "Labor", "Logopeedia", "Kuulmiskeskus", "Diagnostikakeskus",
                    "Töötervishoid", "Nõustamiskeskus"};
                yield (v < 2 ? place : surname) + " " + kinds[random.nextInt(kinds.length)] + " OÜ";
            }
        };
    }
}
