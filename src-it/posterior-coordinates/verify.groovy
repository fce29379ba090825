import groovy.json.JsonSlurper

def posterior = { m -> new File(basedir, "${m}/target/nml/posterior/emulator") }
def producer = new JsonSlurper().parse(new File(posterior('producer'), 'posterior.json'))
def consumer = new JsonSlurper().parse(new File(posterior('consumer'), 'posterior.json'))
def installed = new File(localRepositoryPath,
    'org/nucleiml/it/posterior-coordinates-producer/1.0/posterior-coordinates-producer-1.0-emulator.zip')
assert installed.length() > 0 : "the producer's emulator was not installed at ${installed}"
assert consumer.parameters.keySet() == producer.parameters.keySet()
producer.parameters.each { name, p ->
  def c = consumer.parameters[name]
  // the same emulator bytes, settings and seed give the same chain, so equality is exact
  assert c.median == p.median : "${name}: median ${c.median} vs ${p.median}"
  assert c.ci68 == p.ci68 : "${name}: 68% interval ${c.ci68} vs ${p.ci68}"
}
assert new File(posterior('consumer'), 'chain.csv').text == new File(posterior('producer'), 'chain.csv').text
def log = new File(basedir, 'build.log').text
assert log.contains('uses emulator org.nucleiml.it:posterior-coordinates-producer:1.0') : 'the consumer did not resolve the coordinates'
