import Foundation
import Testing
@testable import Precis

@Suite struct LanguageTests {
    @Test func everyLibstemmerLanguageIsKnownAndStems() {
        let algorithms = Set(_SnowballStemmer.algorithms).subtracting(["porter"])
        #expect(Set(Language.all.map(\.name)) == algorithms)
        for language in Language.all where language != .english {
            #expect(_SnowballStemmer(algorithm: language.snowballAlgorithm) != nil, "\(language.name)")
        }
    }

    @Test func codesAndNamesParse() throws {
        #expect(Language(code: "de")?.name == "german")
        #expect(Language(code: "German")?.code == "de")
        #expect(Language(code: "pt-BR")?.code == "pt")
        #expect(Language(code: "klingon") == nil)
        let options = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"language": "fr"}"#.utf8))
        #expect(options.language?.code == "fr")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"language": "xx"}"#.utf8)) }
        #expect(try JSONDecoder().decode(DigestOptions.self, from: Data("{}".utf8)).language == nil)
    }

    @Test func stopWordsAndStemsPerLanguage() throws {
        let german = Analyzer(language: try #require(Language(code: "de")))
        #expect(german.terms("Die Regierung und der Kanzler verhandeln über die Häuser") == ["regier", "kanzl", "verhandeln", "haus"])
        let french = Analyzer(language: try #require(Language(code: "fr")))
        #expect(french.terms("Les syndicats et le gouvernement négocient") == ["syndicat", "gouvern", "négocient"])
        // English is unchanged: folded diacritics, Porter, English stop words
        #expect(Analyzer(language: .english).terms("The talks in Türkiye") == Analyzer.english.terms("The talks in Türkiye"))
        #expect(Analyzer(language: .english).configuration.signature == Analyzer.Configuration.english.signature)
        for language in Language.all where !["sr", "ta", "yi"].contains(language.code) {
            #expect(StopWords.hasList(for: language) && !StopWords.forLanguage(language).words.isEmpty, "\(language.code)")
        }
    }

    @Test func turkishCaseFolding() throws {
        let turkish = try #require(Language(code: "tr"))
        #expect(WordTokenizer.lowercased("İSTANBUL IRMAK", in: turkish) == "istanbul ırmak")
        #expect(WordTokenizer(language: turkish).words(in: "İstanbul’da IRMAK Işık") == ["istanbul", "ırmak", "ışık"])
        // decomposed input (I + combining dot) folds the same way
        #expect(WordTokenizer(language: turkish).words(in: "I\u{0307}stanbul") == ["istanbul"])
        #expect(WordTokenizer().words(in: "İstanbul IRMAK") == ["istanbul", "irmak"])  // English rules
        let analyzer = Analyzer(language: turkish)
        #expect(analyzer.terms("Bu ve şu") == [])  // stop words, dotted and dotless alike
    }

    @Test func detectorTellsLanguagesAndAbstains() {
        let detector = LanguageDetector.shipped
        #expect(detector.detect("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der Windenergie beschlossen.") == "de")
        #expect(detector.detect("Rząd przyjął w środę nową ustawę o wspieraniu energii wiatrowej.") == "pl")
        #expect(detector.language(of: "Rząd przyjął w środę nową ustawę o wspieraniu energii wiatrowej.") == nil)
        #expect(detector.detect("Правительство в среду одобрило новый закон о поддержке ветровой энергии.") == "ru")
        #expect(detector.detect("42 17") == nil)
        #expect(detector.detect("政府は水曜日に新しい法律を承認した。") == nil)
    }

    @Test func englishShortcutOnlyForClearlyEnglishText() throws {
        let english = try String(contentsOf: TestPaths.istanbul.appendingPathComponent("004_52f60b2b561ad4d2.txt"), encoding: .utf8)
        #expect(LanguageDetector.isClearlyEnglish(english))
        #expect(LanguageDetector.shipped.detect(english) == "en")  // the profiles agree
        for code in LanguageSplitsTests.codes {
            let text = try LanguageSplitsTests.gold(code).joined().joined(separator: " ")
            #expect(!LanguageDetector.isClearlyEnglish(text), "\(code)")
            #expect(LanguageDetector.detectWithShippedProfiles(text) == code)
        }
        #expect(!LanguageDetector.isClearlyEnglish("The end."))  // too short to take the shortcut
    }

    @Test func fallbackRulesForALanguageWithoutAbbreviations() throws {
        let danish = try #require(Language(code: "da"))
        let splitter = SentenceSplitter(language: danish)
        #expect(!splitter.hasAbbreviationList)
        // no boundary after a single letter, before a lowercase word, or between a number and a month
        #expect(splitter.split("Mødet med H. C. Andersen Fonden sluttede. Det blev sent.") == ["Mødet med H. C. Andersen Fonden sluttede.", "Det blev sent."])
        #expect(splitter.split("Valget holdes den 3. Oktober i år. Der er 5 partier.") == ["Valget holdes den 3. Oktober i år.", "Der er 5 partier."])
        #expect(splitter.split("Han kom kl. otte. Vi gik.") == ["Han kom kl. otte.", "Vi gik."])
        #expect(SentenceSplitter.fallback(for: nil).split("Spotkanie z A. Nowakiem. Było późno.") == ["Spotkanie z A. Nowakiem.", "Było późno."])
    }

    @Test func germanIssueExamples() throws {
        let german = SentenceSplitter(language: try #require(Language(code: "de")))
        #expect(german.split("Die Wahl findet am 3. Oktober um 18 Uhr statt. Herr Müller und Frau Schmidt, z. B. Mitglieder des Vereins, kamen.").count == 2)
        #expect(german.split("Der Haushalt umfasst 4,5 Mrd. Euro. Das ist viel.") == ["Der Haushalt umfasst 4,5 Mrd. Euro.", "Das ist viel."])
        #expect(SentenceSplitter().split("Der Haushalt umfasst 4,5 Mrd. Euro. Das ist viel.").count == 3)  // English rules
    }

    @Test func digesterExplainsItsChoice() throws {
        let german = Document(name: "a.txt", title: nil, paragraphs: ["Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen. Es soll die Windenergie fördern."])
        let choice = try Digester().language(of: [german])
        #expect(choice.language?.code == "de" && choice.detectedCode == "de" && !choice.isGiven)
    }
}
