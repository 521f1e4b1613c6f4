// The user's own tests ran against the installed artifacts: three tests, all passed, none skipped.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.personnel.RatingRulesTest.xml')
assert report.isFile()
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 3
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
