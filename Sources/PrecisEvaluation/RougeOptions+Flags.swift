import Precis
import PrecisSupport
extension RougeOptions {
    /// Reads ROUGE-1.5.5's own command-line flags, with ROUGE-1.5.5's defaults for anything
    /// not given (so `-n 2` alone means no stemming, no length limit, ROUGE-L on, no skip bigrams).
    ///
    /// Understood: `-n N`, `-m`, `-s`, `-l N`, `-b N`, `-p A`, `-f A|B`, `-t 0|1|2`, `-a`,
    /// `-2 D`, `-u`, `-w W`, `-x`, `-c C`, `-r R`, `-e DIR`, `-d` and `-v` (no effect here). Values may
    /// follow their flag directly (`-n4`) and value-less flags may be bundled (`-ma`), as Perl's
    /// `Getopt::Std` allows. A trailing config file or system ID is rejected.
    ///
    /// ```swift
    /// let options = try RougeOptions(rouge155Flags: "-n 4 -m -l 100 -p 0.5 -f A -t 0 -a -2 4 -u")
    /// options == RougeOptions()   // true
    /// ```
    ///
    /// - Parameter flags: the flags, separated by whitespace.
    /// - Throws: ``PrecisError`` (kind `.invalidArgument`) for an unknown or unsupported flag,
    ///   a missing or malformed value, or `-l` together with `-b`.
    /// - Complexity: O(*n*) in the length of `flags`.
    package init(rouge155Flags flags: String) throws {
        self.init()
        maxN = 0
        stemming = false
        lengthLimit = .none
        skipBigrams = nil
        var words: Int?
        var bytes: Int?
        var distance: Int?
        var unigrams = false
        func fail(_ why: String) -> PrecisError { .invalidArgument("ROUGE flags: \(why)") }
        let valued: Set<Character> = ["b", "c", "e", "f", "l", "n", "p", "t", "r", "2", "3", "w", "z"]
        var tokens = flags.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)[...]
        while let token = tokens.popFirst() {
            guard token.hasPrefix("-"), token.count > 1 else {
                throw fail("unexpected '\(token)' (Precis finds the summaries itself; give flags only)")
            }
            var rest = Substring(token.dropFirst())
            while let flag = rest.popFirst() {
                var value: String?
                if valued.contains(flag) {
                    if !rest.isEmpty {
                        value = String(rest)
                        rest = ""
                    } else if let next = tokens.popFirst() {
                        value = next
                    } else {
                        throw fail("-\(flag) needs a value")
                    }
                }
                func int() throws -> Int {
                    guard let v = value, let n = Int(v) else { throw fail("-\(flag) needs a whole number, not '\(value ?? "")'") }
                    return n
                }
                func double() throws -> Double {
                    guard let v = value, let x = Double(v) else { throw fail("-\(flag) needs a number, not '\(value ?? "")'") }
                    return x
                }
                switch flag {
                case "n": maxN = try int()
                case "m": stemming = true
                case "s": removeStopWords = true
                case "l": words = try int()
                case "b": bytes = try int()
                case "p": alpha = try double()
                case "c": confidence = try double()
                case "r": resamples = try int()
                case "2": distance = try int()
                case "u": unigrams = true
                case "x": lcs = false
                case "w": weightedLCS = try double()
                case "a", "d", "v": break
                case "e": dataDirectory = value
                case "t":
                    // 1.5.5 treats anything but 1 or 2 as 0.
                    let t = try int()
                    counting = t == 1 ? .pooled : t == 2 ? .rawCounts : .perSummary
                case "f":
                    guard let v = value, let scoring = ReferenceScoring(rawValue: v.uppercased()) else {
                        throw fail("-f must be A or B, not '\(value ?? "")'")
                    }
                    referenceScoring = scoring
                case "3", "z", "M", "U":
                    throw fail("-\(flag) (\(["3": "basic elements", "z": "file lists", "M": "model-only stemming", "U": "ROUGE-S plus SU"][String(flag)]!)) is not supported")
                case "h", "H":
                    throw fail("-\(flag): not a ROUGE-1.5.5 flag this implementation takes")
                default:
                    throw fail("unknown flag -\(flag)")
                }
            }
        }
        if words != nil && bytes != nil { throw fail("give -l or -b, not both (as ROUGE-1.5.5 requires)") }
        if let words { lengthLimit = .words(words) }
        if let bytes { lengthLimit = .bytes(bytes) }
        if let distance { skipBigrams = SkipBigrams(distance: distance, unigrams: unigrams) }
        try validate()
    }

    /// These settings in ROUGE-1.5.5's flag syntax, in a fixed order, e.g.
    /// `-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u`. Settings ROUGE-1.5.5 cannot
    /// express (the `rouge-score` profile, the Unicode tokenizer) are named after a `;`.
    package var equivalentFlags: String {
        var parts: [String] = []
        if maxN > 0 { parts.append("-n \(maxN)") }
        if !lcs { parts.append("-x") }
        if let weightedLCS { parts.append("-w \(Self._number(weightedLCS))") }
        if stemming { parts.append("-m") }
        if removeStopWords { parts.append("-s") }
        switch lengthLimit {
        case .none: break
        case .words(let n): parts.append("-l \(n)")
        case .bytes(let n): parts.append("-b \(n)")
        }
        parts.append("-p \(Self._number(alpha))")
        parts.append("-c \(Self._number(confidence))")
        parts.append("-r \(resamples)")
        parts.append("-f \(referenceScoring.rawValue)")
        parts.append("-t \(counting.rawValue)")
        parts.append("-a")
        if let skipBigrams {
            parts.append("-2 \(skipBigrams.distance)")
            if skipBigrams.unigrams { parts.append("-u") }
        }
        var text = parts.joined(separator: " ")
        var notes: [String] = []
        if profile == .rougeScore { notes.append("rouge-score profile: best reference by F, rougeLsum, no rounding, plain mean") }
        if tokenizer != .rouge155 { notes.append("tokenizer \(tokenizer.rawValue)") }
        if jackknife { notes.append("jackknifed references") }
        if !notes.isEmpty { text += "; " + notes.joined(separator: "; ") }
        return text
    }

    static func _number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
