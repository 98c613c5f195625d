/// A reply type with each kind of field the derive reads differently.
#[derive(Debug, Default, LenientDeserialize)]
pub struct Order {
    pub id: i64,
    pub paid: Option<bool>,
    #[serde(default)]
    pub domains: Vec<String>,
    pub contact: Option<Contact>,
    #[serde(default, rename = "type", alias = "kind")]
    pub order_type: Option<String>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub handle: Option<String>,
    #[serde(skip_deserializing)]
    pub note: Option<String>,
    #[lenient(degrade)]
    pub paid_at: Option<DateTime>,
    #[lenient(degrade)]
    pub flags: Option<BTreeMap<String, bool>>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
