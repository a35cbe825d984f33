import Foundation
import Testing
@testable import Precis
import PrecisSupport

@Suite struct BLASCoreTests {
    static let avx512: Set<String> = ["sse3", "avx", "avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]

    @Test func genericCoreOnAVX512MachineGetsSkylakeX() {
        #expect(BLASCore.better(coreName: "Prescott", cpuFlags: Self.avx512) == "SkylakeX")
        #expect(BLASCore.better(coreName: "prescott", cpuFlags: Self.avx512) == "SkylakeX")
        #expect(BLASCore.better(coreName: "Core2", cpuFlags: Self.avx512) == "SkylakeX")
    }

    @Test func genericCoreOnAVX2MachineGetsHaswell() {
        #expect(BLASCore.better(coreName: "Prescott", cpuFlags: ["sse3", "avx", "avx2", "fma"]) == "Haswell")
        // AVX-512F alone (no BW/VL, as on Knights Landing) is not enough for SkylakeX kernels.
        #expect(BLASCore.better(coreName: "Prescott", cpuFlags: ["avx", "avx2", "fma", "avx512f"]) == "Haswell")
    }

    @Test func knownCoreOrOldCPUIsLeftAlone() {
        #expect(BLASCore.better(coreName: "SkylakeX", cpuFlags: Self.avx512) == nil)
        #expect(BLASCore.better(coreName: "Haswell", cpuFlags: Self.avx512) == nil)
        #expect(BLASCore.better(coreName: "Zen", cpuFlags: Self.avx512) == nil)
        #expect(BLASCore.better(coreName: "Prescott", cpuFlags: ["sse3", "avx"]) == nil)
        #expect(BLASCore.better(coreName: "Prescott", cpuFlags: ["avx2"]) == nil)  // no FMA
        #expect(BLASCore.better(coreName: "Prescott", cpuFlags: []) == nil)
    }

    @Test func readsFlagsFromCPUInfo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cpuinfo-\(UUID().uuidString)")
        try """
            processor\t: 0
            vendor_id\t: GenuineIntel
            flags\t\t: fpu sse3 avx2 fma avx512f
            processor\t: 1
            flags\t\t: fpu
            """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(BLASCore.cpuFlags(cpuinfo: file.path) == ["fpu", "sse3", "avx2", "fma", "avx512f"])
        #expect(BLASCore.cpuFlags(cpuinfo: "/nonexistent/cpuinfo") == [])
    }
}
