#[automatically_derived]
impl<'de> ::openprovider::__private::serde::Deserialize<'de> for Order {
    fn deserialize<__D: ::openprovider::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::openprovider::__private::deserialize_fields(deserializer)
    }
}
#[automatically_derived]
impl ::openprovider::__private::ReadFields for Order {
    const NAME: &'static str = "Order";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "paid",
        "domains",
        "contact",
        "type",
        "active",
        "handle",
        "note",
        "paid_at",
        "flags",
        "extra",
    ];
    const REQUIRED: &'static [u16] = &[0u16];
    #[inline]
    fn field_index(key: &str) -> ::core::option::Option<u16> {
        match key {
            "id" => ::core::option::Option::Some(0u16),
            "paid" => ::core::option::Option::Some(1u16),
            "domains" => ::core::option::Option::Some(2u16),
            "contact" => ::core::option::Option::Some(3u16),
            "type" => ::core::option::Option::Some(4u16),
            "kind" => ::core::option::Option::Some(4u16),
            "active" => ::core::option::Option::Some(5u16),
            "handle" => ::core::option::Option::Some(6u16),
            "paid_at" => ::core::option::Option::Some(8u16),
            "flags" => ::core::option::Option::Some(9u16),
            _ => ::core::option::Option::None,
        }
    }
    fn start() -> Self {
        Order {
            id: ::core::default::Default::default(),
            paid: ::core::default::Default::default(),
            domains: ::core::default::Default::default(),
            contact: ::core::default::Default::default(),
            order_type: ::core::default::Default::default(),
            active: yes(),
            handle: ::core::default::Default::default(),
            note: ::core::default::Default::default(),
            paid_at: ::core::default::Default::default(),
            flags: ::core::default::Default::default(),
            extra: ::core::default::Default::default(),
        }
    }
    fn read_field<'de, __A: ::openprovider::__private::serde::de::MapAccess<'de>>(
        &mut self,
        index: u16,
        __map: &mut __A,
    ) -> ::core::result::Result<bool, __A::Error> {
        ::core::result::Result::Ok(
            match index {
                0u16 => {
                    ::openprovider::__private::assign(
                        &mut self.id,
                        __map
                            .next_value_seed(
                                ::openprovider::__private::Lenient::<i64>::NEW,
                            )?,
                    )
                }
                1u16 => {
                    self.paid = __map
                        .next_value_seed(
                            ::openprovider::__private::Lenient::<bool>::NEW,
                        )?;
                    true
                }
                2u16 => {
                    ::openprovider::__private::assign(
                        &mut self.domains,
                        __map.next_value::<::core::option::Option<Vec<String>>>()?,
                    )
                }
                3u16 => {
                    self.contact = __map.next_value::<Option<Contact>>()?;
                    true
                }
                4u16 => {
                    self.order_type = __map
                        .next_value_seed(
                            ::openprovider::__private::Lenient::<String>::NEW,
                        )?;
                    true
                }
                5u16 => {
                    ::openprovider::__private::assign(
                        &mut self.active,
                        __map
                            .next_value_seed(
                                ::openprovider::__private::Lenient::<bool>::NEW,
                            )?,
                    )
                }
                6u16 => {
                    struct __With(Option<String>);
                    impl<'de> ::openprovider::__private::serde::Deserialize<'de>
                    for __With {
                        fn deserialize<
                            __D: ::openprovider::__private::serde::Deserializer<'de>,
                        >(
                            deserializer: __D,
                        ) -> ::core::result::Result<Self, __D::Error> {
                            crate::de::empty_as_none(deserializer).map(__With)
                        }
                    }
                    self.handle = __map.next_value::<__With>()?.0;
                    true
                }
                8u16 => {
                    self.paid_at = __map
                        .next_value_seed(
                            ::openprovider::__private::DegradingScalar::<
                                DateTime,
                            >::new("Order", "paid_at", false),
                        )?;
                    true
                }
                9u16 => {
                    self.flags = ::openprovider::__private::read_degrading(
                        __map,
                        "Order",
                        "flags",
                        false,
                        |v: &::openprovider::__private::JsonValue| <BTreeMap<
                            String,
                            bool,
                        > as ::openprovider::__private::serde::Deserialize>::deserialize(
                            v,
                        ),
                    )?;
                    true
                }
                _ => {
                    __map
                        .next_value::<
                            ::openprovider::__private::serde::de::IgnoredAny,
                        >()?;
                    false
                }
            },
        )
    }
    const KEEPS_OTHERS: bool = true;
    fn read_other<'de, __A: ::openprovider::__private::serde::de::MapAccess<'de>>(
        &mut self,
        key: ::std::string::String,
        __map: &mut __A,
    ) -> ::core::result::Result<(), __A::Error> {
        self.extra.insert(key, __map.next_value()?);
        ::core::result::Result::Ok(())
    }
}
