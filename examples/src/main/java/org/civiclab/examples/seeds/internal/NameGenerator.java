package org.civiclab.examples.seeds.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.civiclab.core.InvalidInputException;

/**
 * Makes up plausible personal names for a country, deterministically from a seed.
 *
 * <p>The seed texts give counts ("eight managers", "participants from several departments")
 * but not names; the seed programs fill them in with names drawn from small per-country pools,
 * written as people of that country write them (Cyrillic for Bulgaria, Georgian script for
 * Georgia, feminine surname forms where the language has them). The same seed always yields
 * the same sequence, and one generator never repeats a full name. Not thread-safe.
 */
public final class NameGenerator {

  /** A generated name and whether the pool's feminine forms were used. */
  public static final class Name {
    private final String fullName;
    private final boolean female;

    Name(String fullName, boolean female) {
      this.fullName = fullName;
      this.female = female;
    }

    /** @return the full name, given name first */
    public String fullName() {
      return fullName;
    }

    /** @return whether the name is a woman's name */
    public boolean female() {
      return female;
    }

    @Override
    public String toString() {
      return fullName;
    }
  }

  /** Given names (women, men) and surnames ("masculine|feminine" where they differ). */
  private static final class Pool {
    final List<String> women;
    final List<String> men;
    final List<String> surnames;

    Pool(String women, String men, String surnames) {
      this.women = ImmutableList.copyOf(women.split(","));
      this.men = ImmutableList.copyOf(men.split(","));
      this.surnames = ImmutableList.copyOf(surnames.split(","));
    }
  }

  private static final ImmutableMap<String, Pool> POOLS = ImmutableMap.<String, Pool>builder()
      .put("SE", new Pool(
          "Anna,Eva,Maria,Karin,Sara,Emma,Johanna,Linnea,Elin,Frida,Ida,Maja,Sofia,Lena",
          "Erik,Lars,Anders,Johan,Per,Karl,Mikael,Oskar,Viktor,Gustav,Fredrik,Axel,Jonas,Nils",
          "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,"
              + "Gustafsson,Pettersson,Lindberg,Lindqvist,Berg,Holm,Sjöberg,Forsberg,Lundgren"))
      .put("BA", new Pool(
          "Amra,Lejla,Selma,Emina,Aida,Jasmina,Mirela,Sanela,Dženana,Ivana,Maja,Sabina,Edina",
          "Adnan,Emir,Haris,Mirza,Tarik,Nedim,Kenan,Dario,Ivan,Mladen,Senad,Almir,Jasmin",
          "Hodžić,Hadžić,Begić,Mehmedović,Kovačević,Delić,Husić,Jovanović,Marić,Babić,"
              + "Osmanović,Petrović,Salihović,Ibrahimović,Lukić,Mujić,Đurić"))
      .put("RS", new Pool(
          "Jelena,Milica,Ana,Marija,Jovana,Tamara,Ivana,Dragana,Nevena,Teodora,Katarina",
          "Nikola,Marko,Stefan,Miloš,Luka,Aleksandar,Nemanja,Dušan,Vladimir,Filip,Uroš",
          "Jovanović,Petrović,Nikolić,Marković,Đorđević,Stojanović,Ilić,Stanković,Pavlović,"
              + "Milošević,Popović,Ristić,Kostić"))
      .put("ME", new Pool(
          "Milena,Jelena,Ana,Tijana,Sanja,Bojana,Marina,Danijela,Kristina,Vesna",
          "Milan,Nikola,Vuk,Marko,Petar,Igor,Balša,Danilo,Luka,Vladan",
          "Vujović,Radović,Popović,Đukanović,Bulatović,Knežević,Vuković,Perović,Radulović,"
              + "Šćepanović,Marković,Lalić"))
      .put("MK", new Pool(
          "Elena,Marija,Ana,Jovana,Biljana,Sara,Katerina,Ivana,Simona,Aleksandra,Teodora",
          "Aleksandar,Stefan,Goran,Dimitar,Nikola,Bojan,Zoran,Filip,Martin,Darko,Igor",
          "Stojanovski|Stojanovska,Petrovski|Petrovska,Nikolovski|Nikolovska,"
              + "Trajkovski|Trajkovska,Dimitrovski|Dimitrovska,Georgievski|Georgievska,"
              + "Ristovski|Ristovska,Angelov|Angelova,Kostov|Kostova,Jovanov|Jovanova"))
      .put("AL", new Pool(
          "Ana,Elira,Erjona,Klea,Arta,Besjana,Dorina,Ledia,Megi,Oriana,Jonida,Rezarta",
          "Arben,Besnik,Dritan,Eris,Gentian,Ilir,Klodian,Olsi,Redi,Ardit,Endrit,Fatjon",
          "Hoxha,Shehu,Leka,Kola,Gjoka,Dervishi,Çela,Basha,Marku,Prifti,Hysa,Llaci,Muça"))
      .put("XK", new Pool(
          "Blerta,Donika,Fjolla,Vlora,Arbëresha,Drita,Teuta,Liridona,Albulena,Edona,Rina",
          "Arianit,Blerim,Driton,Faton,Granit,Kushtrim,Valon,Lulzim,Agon,Besart,Ilir",
          "Berisha,Krasniqi,Gashi,Morina,Shala,Hasani,Kelmendi,Bytyqi,Rexhepi,Hoti,Thaçi"))
      .put("EE", new Pool(
          "Kadri,Liis,Triin,Kristiina,Maarja,Kerli,Eveliis,Helen,Piret,Mari,Kätlin,Anu",
          "Martin,Rasmus,Siim,Kristjan,Tõnis,Mihkel,Andres,Priit,Taavi,Ott,Jaan,Marek",
          "Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Luik,Lepik,Kuusk"))
      .put("LV", new Pool(
          "Anna,Laura,Līga,Ilze,Kristīne,Zane,Ieva,Inese,Agnese,Dace,Linda,Santa",
          "Jānis,Andris,Mārtiņš,Edgars,Kārlis,Artūrs,Roberts,Pēteris,Oskars,Raivis,Juris",
          "Bērziņš|Bērziņa,Kalniņš|Kalniņa,Ozoliņš|Ozoliņa,Liepiņš|Liepiņa,Krūmiņš|Krūmiņa,"
              + "Vītols|Vītola,Jansons|Jansone,Zariņš|Zariņa,Balodis|Balode,Ozols|Ozola"))
      .put("LT", new Pool(
          "Rūta,Ieva,Greta,Eglė,Aistė,Gintarė,Jurgita,Lina,Monika,Austėja,Indrė,Vaida",
          "Tomas,Mantas,Lukas,Darius,Mindaugas,Paulius,Andrius,Jonas,Vytautas,Karolis,Rokas",
          "Kazlauskas|Kazlauskienė,Jankauskas|Jankauskienė,Petrauskas|Petrauskienė,"
              + "Stankevičius|Stankevičienė,Vasiliauskas|Vasiliauskienė,Žukauskas|Žukauskienė,"
              + "Butkus|Butkienė,Paulauskas|Paulauskienė,Urbonas|Urbonienė"))
      .put("PL", new Pool(
          "Anna,Katarzyna,Magdalena,Agnieszka,Joanna,Marta,Aleksandra,Zofia,Ewa,Natalia",
          "Piotr,Tomasz,Paweł,Michał,Krzysztof,Jakub,Marcin,Łukasz,Wojciech,Kamil,Adam",
          "Nowak,Kowalski|Kowalska,Wiśniewski|Wiśniewska,Wójcik,Kamiński|Kamińska,"
              + "Lewandowski|Lewandowska,Zieliński|Zielińska,Szymański|Szymańska,Woźniak,"
              + "Dąbrowski|Dąbrowska,Kozłowski|Kozłowska,Mazur,Krawczyk"))
      .put("UA", new Pool(
          "Olena,Iryna,Oksana,Nataliia,Yuliia,Tetiana,Kateryna,Anastasiia,Sofiia,Mariia",
          "Oleksandr,Andrii,Dmytro,Serhii,Mykola,Taras,Yurii,Bohdan,Ihor,Maksym,Vasyl",
          "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boiko,Koval,Oliinyk,"
              + "Moroz,Lysenko,Savchenko,Rudenko"))
      .put("MD", new Pool(
          "Ana,Maria,Elena,Cristina,Natalia,Irina,Mihaela,Daniela,Victoria,Tatiana,Doina",
          "Ion,Andrei,Vasile,Mihai,Victor,Alexandru,Sergiu,Dumitru,Nicolae,Igor,Vlad",
          "Rusu,Ceban,Ciobanu,Popa,Munteanu,Cojocaru,Lungu,Sârbu,Țurcanu,Moraru,Rotaru"))
      .put("BG", new Pool(
          "Мария,Елена,Иванка,Десислава,Радостина,Гергана,Цветелина,Николина,Виолета,"
              + "Теодора,Милена,Йорданка",
          "Георги,Иван,Димитър,Николай,Петър,Христо,Стоян,Тодор,Васил,Атанас,Калоян,Момчил",
          "Иванов|Иванова,Георгиев|Георгиева,Димитров|Димитрова,Петров|Петрова,"
              + "Николов|Николова,Христов|Христова,Стоянов|Стоянова,Тодоров|Тодорова,"
              + "Василев|Василева,Атанасов|Атанасова,Колев|Колева,Маринов|Маринова"))
      .put("GE", new Pool(
          "ნინო,მარიამ,თამარ,ანა,ეკატერინე,ნათია,სალომე,ქეთევან,მაკა,ლიკა,ნანა,თეონა",
          "გიორგი,დავით,ლევან,ნიკოლოზ,ირაკლი,ლაშა,ზურაბ,ალექსანდრე,გიგა,თორნიკე,ბექა,ვახტანგ",
          "ბერიძე,კაპანაძე,გელაშვილი,მაისურაძე,გიორგაძე,ლომიძე,ცხადაძე,ნოზაძე,"
              + "ხარაიშვილი,ჯაფარიძე,ქავთარაძე,მამულაშვილი,ჩხეიძე,კვარაცხელია,ბაქრაძე"))
      .put("BE", new Pool(
          "Sophie,Julie,Lien,Marie,Charlotte,Elise,Sarah,Laura,Nathalie,Hanne",
          "Thomas,Pieter,Nicolas,Jan,Wouter,Olivier,Maxime,Bram,Koen,Arnaud",
          "Peeters,Janssens,Maes,Jacobs,Mertens,Dubois,Lambert,Dupont,Claes,Willems"))
      .put("FR", new Pool(
          "Camille,Claire,Isabelle,Manon,Céline,Émilie,Hélène,Juliette,Aurélie,Lucie",
          "Julien,Pierre,Antoine,Mathieu,Nicolas,Guillaume,Sébastien,Louis,Romain,Hugo",
          "Martin,Bernard,Moreau,Laurent,Lefèvre,Girard,Fournier,Rousseau,Mercier,Blanc"))
      .put("DE", new Pool(
          "Katharina,Julia,Anna,Lena,Sabine,Stefanie,Miriam,Johanna,Franziska,Lisa",
          "Lukas,Stefan,Matthias,Jan,Florian,Tobias,Christian,Jonas,Felix,Andreas",
          "Müller,Schmidt,Schneider,Fischer,Weber,Becker,Hoffmann,Schulz,Koch,Richter"))
      .put("IT", new Pool(
          "Giulia,Chiara,Francesca,Sara,Valentina,Elena,Martina,Federica,Alessia,Silvia",
          "Marco,Luca,Andrea,Matteo,Alessandro,Francesco,Davide,Lorenzo,Simone,Paolo",
          "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Greco,Conti"))
      .put("ES", new Pool(
          "Lucía,María,Carmen,Laura,Marta,Paula,Elena,Cristina,Ana,Beatriz",
          "Javier,Carlos,Pablo,Daniel,Alejandro,Sergio,Miguel,Jorge,David,Álvaro",
          "García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Ruiz"))
      .put("NL", new Pool(
          "Anouk,Sanne,Lotte,Femke,Eline,Marloes,Iris,Esther,Fleur,Noor",
          "Daan,Sander,Bas,Ruben,Joost,Thijs,Maarten,Niels,Jeroen,Stijn",
          "de Jong,Jansen,de Vries,van den Berg,Bakker,Visser,Smit,Meijer,Mulder,de Boer"))
      .put("RO", new Pool(
          "Andreea,Ioana,Alexandra,Mihaela,Raluca,Oana,Irina,Simona,Roxana,Diana",
          "Andrei,Alexandru,Mihai,Bogdan,Radu,Cristian,Florin,Ionuț,Adrian,Gabriel",
          "Popescu,Ionescu,Popa,Dumitrescu,Stan,Stoica,Gheorghe,Matei,Ciobanu,Constantin"))
      .build();

  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();

  /**
   * A generator that yields the same names for the same seed.
   *
   * @param seed the fixed seed
   */
  public NameGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** @return the ISO country codes this generator has names for */
  public static ImmutableList<String> countries() {
    return POOLS.keySet().asList();
  }

  /**
   * The next name for a country, never one this generator gave before.
   *
   * @param country an ISO 3166 alpha-2 code, one of {@link #countries()}
   * @return the name
   * @throws InvalidInputException when the country has no pool or its pool is exhausted
   */
  public Name next(String country) {
    Pool pool = POOLS.get(country);
    if (pool == null) {
      throw InvalidInputException.of("country", "no name pool for country '" + country
          + "'; known: " + POOLS.keySet());
    }
    for (int attempt = 0; attempt < 1000; attempt++) {
      boolean female = random.nextBoolean();
      List<String> given = female ? pool.women : pool.men;
      String first = given.get(random.nextInt(given.size()));
      String[] forms = pool.surnames.get(random.nextInt(pool.surnames.size())).split("\\|");
      String last = female && forms.length > 1 ? forms[1] : forms[0];
      String full = first + " " + last;
      if (used.add(full)) {
        return new Name(full, female);
      }
    }
    throw InvalidInputException.of("country", "the name pool for '" + country
        + "' is exhausted after " + used.size() + " names");
  }

  /**
   * A number drawn from this generator's sequence, for choices that go with a name (a
   * rating, a department).
   *
   * @param bound the exclusive upper bound, positive
   * @return a number from 0 to {@code bound - 1}
   */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * One element of a list, drawn from this generator's sequence.
   *
   * @param <T> the element type
   * @param items a non-empty list
   * @return one of its elements
   */
  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
