import groovy.json.JsonSlurper
import java.security.MessageDigest

// Trained twice from one data set, with 1 and 2 threads, into two directories.
def target = new File(basedir, 'target')
def one = new File(target, 'one')
def two = new File(target, 'two')

def zipOne = new File(one, 'emulator.zip')
def zipTwo = new File(two, 'emulator.zip')
assert zipOne.length() > 0 && zipTwo.length() > 0 : 'an emulator zip is missing'
assert zipOne.bytes == zipTwo.bytes : 'the emulator zips differ between 1 and 2 threads / two directories'

// every artifact file but run-info.json is identical; run-info.json exists and records the threads
def names = { File d -> d.list().findAll { !it.startsWith('.') }.sort() }
assert names(new File(one, 'emulator')) == names(new File(two, 'emulator'))
names(new File(one, 'emulator')).findAll { it != 'run-info.json' }.each {
  assert new File(one, "emulator/${it}").bytes == new File(two, "emulator/${it}").bytes : "emulator/${it} differs"
}
def slurp = new JsonSlurper()
assert slurp.parse(new File(one, 'emulator/run-info.json')).threads == 1
assert slurp.parse(new File(two, 'emulator/run-info.json')).threads == 2
def zipped = new java.util.zip.ZipFile(zipOne).entries().collect { it.name }
assert !zipped.contains('run-info.json') : "the zip carries run facts: ${zipped}"

// no run fact left in the released descriptor
def descriptor = new File(one, 'emulator/emulator.json').text
['wall_time', 'elapsed_seconds', '"threads"', 'trained-at', 'java-version', 'host-short-name',
 target.canonicalPath, basedir.canonicalPath].each {
  assert !descriptor.contains(it) : "emulator.json still holds ${it}"
}

// later steps key on the emulator's hash: the two validations have equal fingerprints and outputs
def stepOne = slurp.parse(new File(one, 'validation/nml-step.json'))
def stepTwo = slurp.parse(new File(two, 'validation/nml-step.json'))
assert stepOne.fingerprint.digest == stepTwo.fingerprint.digest
assert stepOne.outputs == stepTwo.outputs : "validation outputs differ: ${stepOne.outputs} vs ${stepTwo.outputs}"
assert new File(one, 'validation/nml-step.json').bytes == new File(two, 'validation/nml-step.json').bytes
