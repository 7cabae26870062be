"héllo ∀"
