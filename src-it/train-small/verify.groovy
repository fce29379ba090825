import groovy.json.JsonSlurper

def nml = new File(basedir, 'target/nml')
def descriptor = new JsonSlurper().parse(new File(nml, 'emulator/emulator.json'))
assert descriptor.format == 'nucleiml-emulator'
assert new File(nml, 'emulator/classifier.nmlnet').length() > 0
def zip = new File(nml, 'emulator.zip')
assert zip.length() > 0
def names = new java.util.zip.ZipFile(zip).entries().collect { it.name }
assert names.contains('emulator.json') && names.contains('classifier.nmlnet') : "zip holds ${names}"
def log = new File(basedir, 'build.log').text
assert log.contains('nml:train is up to date') : 'the second run did not report up to date'
