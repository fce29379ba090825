def log = new File(basedir, 'build.log').text
def failure = log.readLines().find { it.contains('[ERROR]') && it.contains('nml:dataset configuration error') }
assert failure != null : 'no failure message from nml:dataset'
assert failure.contains("mass16-broken.txt line 45 mass excess: found '12x34.5', expected a number") : failure
assert !new File(basedir, 'target/nml/dataset/nuclei.csv').exists()
