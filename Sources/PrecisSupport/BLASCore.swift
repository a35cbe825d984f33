import Foundation

/// Which OpenBLAS kernels the process runs, and a better choice when OpenBLAS falls back to
/// generic ones on a CPU it does not know.
///
/// OpenBLAS built with `DYNAMIC_ARCH` (Debian's `libopenblas0-pthread`) picks its kernels from
/// the CPU model number. A model newer than the library (Debian 12's 0.3.21 on recent Xeons, for
/// example family 6 model 207) gets the generic `Prescott` (SSE3) kernels, although the CPU has
/// AVX-512: the brief's similarity `sgemm` at 10,000 articles takes 4.0 s instead of 1.2 s.
/// OpenBLAS reads `OPENBLAS_CORETYPE` only when it loads, so a program can change its choice only
/// by setting the variable and starting again; the `precis` command does that (once, see
/// ``reexecArguments()``). A program using the library sets `OPENBLAS_CORETYPE` itself
/// (`SkylakeX`, `Haswell`, …) before it starts.
package enum BLASCore {
    /// OpenBLAS's name for the kernels it loaded (`openblas_get_corename`), or nil when the BLAS
    /// in the process is not OpenBLAS.
    package static func name() -> String? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "openblas_get_corename") else { return nil }
        typealias GetName = @convention(c) () -> UnsafePointer<CChar>?
        guard let name = unsafeBitCast(symbol, to: GetName.self)() else { return nil }
        return String(cString: name)
    }

    /// OpenBLAS core names that mean "a generic fallback": the CPU was not recognised.
    package static let genericCores: Set<String> = ["prescott", "core2", "katmai", "coppermine", "northwood",
                                            "banias", "atom", "generic", "unknown"]

    /// The core type to ask OpenBLAS for, or nil to keep its choice.
    ///
    /// - Parameters:
    ///   - coreName: what OpenBLAS loaded (``name()``).
    ///   - cpuFlags: the CPU's feature flags (as in `/proc/cpuinfo`, lower case: `avx512f`, `avx2`, `fma`).
    /// - Returns: `SkylakeX` with AVX-512 (F, CD, BW, DQ, VL; and AVX2, FMA), `Haswell` with AVX2 and FMA, when
    ///   OpenBLAS fell back to a generic core; otherwise nil.
    package static func better(coreName: String, cpuFlags: Set<String>) -> String? {
        guard genericCores.contains(coreName.lowercased()) else { return nil }
        let avx2 = cpuFlags.contains("avx2") && cpuFlags.contains("fma")
        // SkylakeX kernels use AVX-512 F, CD, BW, DQ and VL (the Skylake-SP set).
        if avx2 && ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(cpuFlags.contains) { return "SkylakeX" }
        if avx2 { return "Haswell" }
        return nil
    }

    /// The feature flags of the first CPU in `/proc/cpuinfo` (x86 `flags` line), empty elsewhere.
    package static func cpuFlags(cpuinfo path: String = "/proc/cpuinfo") -> Set<String> {
        guard let file = fopen(path, "r") else { return [] }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            guard text.hasPrefix("flags") else { continue }
            guard let colon = text.firstIndex(of: ":") else { return [] }
            return Set(text[text.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
        }
        return []
    }

    /// Variable marking a process started again by ``reexecArguments()``, so it never loops.
    package static let marker = "PRECIS_BLAS_REEXEC"

    /// When OpenBLAS runs generic kernels on a CPU with AVX2 or AVX-512, sets `OPENBLAS_CORETYPE`
    /// in the environment and returns true: the caller should start itself again (`execv`).
    /// Returns false (and changes nothing) when `OPENBLAS_CORETYPE` is already set, when this
    /// process was already started again, when the BLAS is not OpenBLAS, or when its choice is fine.
    package static func prepareReexec() -> Bool {
        guard getenv("OPENBLAS_CORETYPE") == nil, getenv(marker) == nil,
              let core = name(), let better = better(coreName: core, cpuFlags: cpuFlags())
        else { return false }
        setenv("OPENBLAS_CORETYPE", better, 1)
        setenv(marker, "1", 1)
        return true
    }
}
