import Precis

/// The library speaks of settings and limits; the command line speaks of its flags. This is the
/// one place where a library message gains the flag a user of `precis` changes.
enum CommandLineWords {
    /// Library wording → command-line wording, applied in order (longer phrases first).
    private static let replacements: [(library: String, commandLine: String)] = [
        ("-byte limit for one input", "-byte limit; raise it with --max-file-size"),
        ("the limit for one input", "the limit; raise it with --max-file-size"),
        ("articles on many stories are a brief's job",
         "articles on many stories are `precis brief`'s job, or raise the limit with --max-sentences"),
        ("a word budget must", "--words must"),
        ("a sentence budget must", "--sentences must"),
        ("a byte budget must", "--bytes must"),
        ("a ratio budget must", "--ratio must"),
        ("minimumStorySize must", "--min-size must"),
        ("relativeThreshold must", "relativeThreshold (--relative) must"),
        ("ROUGE flags: ", "--rouge-flags: "),
        ("settings files must have distinct base names", "--config files must have distinct base names"),
        ("no cluster has references", "no cluster has references (give --references DIR)"),
        ("not a ROUGE-1.5.5 flag this implementation takes", "see `precis rouge --help`"),
    ]

    /// Settings that are flags under the same name when a message starts with them.
    private static let leadingFlags = ["stories must", "words must"]

    /// `message` in the command line's words.
    static func translate(_ message: String) -> String {
        var text = message
        for (library, commandLine) in replacements where text.contains(library) {
            text = text.replacingOccurrences(of: library, with: commandLine)
        }
        for flag in leadingFlags where text.hasPrefix(flag) { text = "--" + text }
        return text
    }
}
