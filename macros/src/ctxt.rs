//! The errors of one entry, collected in one place so all of them are reported together and
//! none can be dropped: [`Ctxt::check`] must be called, and a `Ctxt` dropped without it is a
//! bug that the entry point's panic guard turns into a compile error.

use std::cell::RefCell;

pub struct Ctxt {
    /// `None` once checked.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// Adds an error.
    pub fn push(&self, error: syn::Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(error);
        }
    }

    /// All the errors as one, or `Ok` when there were none.
    pub fn check(self) -> syn::Result<()> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        match errors.into_iter().reduce(|mut all, next| {
            all.combine(next);
            all
        }) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

impl Default for Ctxt {
    fn default() -> Self {
        Ctxt::new()
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("a Ctxt was dropped without check()");
        }
    }
}
