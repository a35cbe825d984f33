import Precis

extension InputOptions {
    /// With `--explain`, names the language the documents are read in and how it was chosen, and
    /// says once when that language has no abbreviation list (the fallback rules split it).
    func explainLanguage(_ digester: Digester, _ documents: [Document]) {
        guard explain else { return }
        let choice = digester.language(of: documents)
        let how = choice.isGiven ? "given" : "detected"
        guard let language = choice.language else {
            if let code = choice.detectedCode {
                printError("precis: explain: language \(code) (\(how)): no rules for it; no stop words or stemming, sentences split by the fallback rules (no boundary before a lowercase word, after a single letter, or after a number before a month name)")
            } else {
                printError("precis: explain: language undetermined: English sentence rules, analysis by script")
            }
            return
        }
        printError("precis: explain: language \(language.code) (\(language.name), \(how))")
        if !SentenceSplitter(language: language).hasAbbreviationList {
            printError("precis: explain: no abbreviation list for \(language.name): sentences split by the fallback rules (no boundary before a lowercase word, after a single letter, or after a number before a month name)")
        }
        if !StopWords.hasList(for: language) {
            printError("precis: explain: no stop-word list for \(language.name)")
        }
    }
}
