// The application's build passed; now check what it wrote, and that it used the public API only.
import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/ket-qua.json'))
assert results.period.year == 2025
assert results.ruleSet.name == 'chuanmuc-standard'
assert results.ruleSet.sha256 ==~ /[0-9a-f]{64}/
assert results.results*.officerId == ['CB-1', 'CB-2']
def weak = results.results.find { it.officerId == 'CB-1' }
assert weak.rating == 'KHONG_HOAN_THANH'
assert weak.ratingLabel == 'Không hoàn thành nhiệm vụ'
assert weak.reasons*.criterion.contains('ND90-KHT-B')
assert results.rejected*.officerId == ['CB-3']
assert results.rejected[0].errors*.path.contains('officers[2].tasks.completed')
assert results.summary.assessed == 2 && results.summary.rejected == 1

def sources = []
new File(basedir, 'src').eachFileRecurse { if (it.name.endsWith('.java')) sources << it }
sources.each { f -> assert !(f.text =~ /import\s+org\.chuanmuc\.[\w.]*internal/) : "${f.name} imports an internal package" }
def report = new File(basedir, 'target/surefire-reports').listFiles().find { it.name.startsWith('TEST-') }
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 2 && suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
return true
