# Non-ASCII bytes pass through unchanged.
"héllo ∀ 🙂"
