import Foundation
import Precis

/// `digest`'s check that its input is one story: a folder of several stories gets one digest
/// that mixes them, so it says so and points to `brief` (rule and figures:
/// `Evaluation/results/digest-story-warning.md`).
enum StoryCheck {
    /// A story counts when it has at least this many articles: the grouping often leaves one
    /// or two articles of a single story apart (8 of the 23 DUC 2003 clusters at 2; 0 at 3).
    static let minimumStorySize = 3
    /// Fewer articles than this are never checked: two stories need twice the minimum size.
    static var minimumArticles: Int { 2 * minimumStorySize }

    /// A warning (without the `precis: ` prefix) when the brief's grouping finds at least two
    /// stories of at least ``minimumStorySize`` articles each in `documents`; nil otherwise.
    /// Smaller groups the grouping leaves apart do not count.
    /// - Complexity: that of ``StoryGrouper/group(_:progress:)`` on the documents (a few
    ///   milliseconds for a cluster of ten).
    static func warning(for documents: [Document]) -> String? {
        guard documents.count >= minimumArticles else { return nil }
        let stories = StoryGrouper().group(documents).stories.filter { $0.count >= minimumStorySize }
        guard stories.count >= 2 else { return nil }
        let sizes = stories.map { String($0.count) }
        let list = sizes.dropLast().joined(separator: ", ") + " and " + sizes.last!
        return "warning: the input seems to hold \(stories.count) stories (of \(list) articles); "
            + "`precis brief` makes one digest per story"
    }
}
