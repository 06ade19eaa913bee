// CivicLab: a researcher's session against the demo data, as a jshell script.
//
// From the repository root, after `java -jar examples/target/civiclab.jar demo`:
//   jshell --class-path examples/target/civiclab.jar -R-Dciviclab.db=civiclab-data \
//       examples/scripts/researcher.jsh
// civiclab.db is the demo's --db directory (default civiclab-data); type the lines one by one
// to explore instead. Every analysis returns a Table: render() for the terminal, toCsv() for
// a spreadsheet or R/pandas.
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.analysis.Analyses;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.Program;
import org.civiclab.jdbc.JdbcStores;

Path db = Path.of(System.getProperty("civiclab.db", "civiclab-data"));
JdbcStores stores = JdbcStores.h2(db.resolve("civiclab"));

// every stored program, whole, and the people and organisations they refer to
List<Program> programs = new ArrayList<>();
stores.programs().ids().forEach(id -> programs.add(stores.programs().find(id).get().value()));
var directory = stores.directory().snapshot();
System.out.println("programs: " + programs.stream().map(p -> p.id().value()).toList());
System.out.println("people: " + directory.people().size() + ", attendance records: "
    + stores.attendance().size());
System.out.println();

// attendance per track, streamed from the log; completion per edition and track
List<Table> attendance = Analyses.attendanceRates(programs, stores.attendance());
System.out.println(attendance.get(2).render());
System.out.println(Analyses.completionRates(programs).render());

// who took part: by country and by sector of their organisation
System.out.println(Analyses.participation(programs, directory, Analyses.Dimension.COUNTRY).render());
System.out.println(Analyses.participation(programs, directory, Analyses.Dimension.SECTOR).render());

// the alumni network grows year by year (SQL answers the raw list directly, too)
System.out.println(Analyses.alumniByYear(programs).render());
System.out.println("alumni records in SQL: " + stores.programs().alumni().size());
System.out.println();

// did the mentor pairs meet as often as planned? as CSV, ready for a spreadsheet
Table cadence = Analyses.cadenceAdherence(programs, directory, Optional.of(LocalDate.of(2020, 3, 1)));
Path csv = Files.createTempFile("cadence-", ".csv");
Files.writeString(csv, cadence.toCsv());
System.out.println("cadence adherence as CSV (" + cadence.size() + " rows, also in " + csv + "):");
System.out.print(cadence.toCsv());
System.out.println();

// outreach follow-ups at the end of the civil-society program's year
System.out.println(Analyses.followUpStatus(programs, LocalDate.of(2024, 12, 31)).render());

stores.close();
System.out.println("researcher session done");
/exit
