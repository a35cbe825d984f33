extension BriefRenderer {
    /// A publication time as a reader reads it in Markdown and HTML: an ISO 8601 time
    /// (`2026-03-02T11:05:00Z`, `2026-03-02T13:05:00+02:00`) as `2026-03-02 11:05 UTC` or
    /// `2026-03-02 13:05 +02:00`; anything else (a bare date, another format) as given. JSON
    /// keeps the time as given.
    /// - Parameter given: the time as the input gave it.
    /// - Returns: the time to show.
    /// - Complexity: O(length of `given`).
    static func displayTime(_ given: String) -> String {
        let parts = given.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 10, parts[0].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return given }
        var clock = Substring(parts[1])
        var zone = ""
        if clock.hasSuffix("Z") || clock.hasSuffix("z") {
            clock = clock.dropLast()
            zone = "UTC"
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            zone = String(clock[sign...])
            clock = clock[..<sign]
        }
        // hours and minutes; seconds and fractions are dropped
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count >= 2, fields[0].count == 2, fields[1].count == 2,
              (fields[0] + fields[1]).allSatisfy({ $0.isASCII && $0.isNumber }) else { return given }
        return "\(parts[0]) \(fields[0]):\(fields[1])" + (zone.isEmpty ? "" : " \(zone)")
    }
}
