import groovy.json.JsonSlurper
import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.security.MessageDigest

def dir = new File(basedir, 'target/nml/data')
def rows = new File(dir, 'chart.csv').readLines()
assert rows[0] == 'Z,N,converged,reason,iterations,binding_energy_MeV,charge_radius_fm,proton_radius_fm,neutron_radius_fm,skin_fm'
assert rows.size() == 14 : "13 nuclei expected, found ${rows.size() - 1}"
def converged = rows.drop(1).findAll { it.split(',', -1)[2] == 'true' }
def index = new JsonSlurper().parse(new File(dir, 'densities.json'))
def bin = new File(dir, 'densities.bin').bytes
assert index.count == converged.size()
assert index.grid.points == 150
assert bin.length == converged.size() * 6 * 150 * 8
assert index.sha256 == MessageDigest.getInstance('SHA-256').digest(bin).encodeHex().toString()
// rho_p (channel 3) of the first nucleus integrates to Z = 20
def b = ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN)
double z = 0
for (int k = 1; k <= 150; k++) {
  double r = 0.1 * k
  z += b.getDouble((3 * 150 + k - 1) * 8) * r * r
}
z *= 4 * Math.PI * 0.1
assert Math.abs(z - 20) < 1e-6 : "rho_p integrates to ${z}"
def log = new File(basedir, 'build.log').text
assert log.contains('gate maxRmsMeV[NL3@converged]: required <= 10.0 MeV, measured')
assert log.contains('gate maxRchRmsFm[NL3@radii]: required <= 0.06 fm, measured')
assert !log.contains('FAILED')
assert log.contains('nml:generate is up to date') : 'the second run solved again'
